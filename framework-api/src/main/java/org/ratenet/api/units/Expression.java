package org.ratenet.api.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An arithmetic expression over quantities, as written in experiment files: numbers with units
 * ({@code 20 ms}, {@code 0.1 pA/Hz}), names of parameters, {@code + - * / ^}, parentheses and the
 * functions {@code sqrt abs exp log floor ceil round min max}. Evaluation checks dimensions
 * ({@code 20 ms + 1 mV} is an error) and returns a {@link Quantity} in canonical units.
 *
 * <p>A number followed by a unit symbol is that quantity; a name alone is a parameter, or a unit of
 * size 1 if no parameter has that name ({@code 1/s} is a rate).
 */
public final class Expression {

    private final String text;
    private final Node root;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** The longest expression text (characters). */
    public static final int MAX_LENGTH = 10_000;
    /** The deepest nesting of parentheses, signs and function calls. */
    public static final int MAX_DEPTH = 100;

    /**
     * Parses the text; throws {@link ExpressionException} with the position of the first error, and for a text longer
     * than {@value #MAX_LENGTH} characters or nested deeper than {@value #MAX_DEPTH} levels.
     */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException("empty expression");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException("an expression of " + text.length() + " characters is too long: at most " + MAX_LENGTH);
        }
        Parser p = new Parser(text);
        Node root = p.sum();
        p.expectEnd();
        return new Expression(text, root);
    }

    /** The text this expression was parsed from. */
    public String text() {
        return text;
    }

    /** The names used without a preceding number: parameters, or units if no parameter has the name. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        root.collectNames(names);
        return Collections.unmodifiableSet(names);
    }

    /** Evaluates with the given parameter values. */
    public Quantity evaluate(Map<String, Quantity> parameters) {
        return evaluate(parameters::get);
    }

    /**
     * Evaluates; {@code parameters} returns a parameter's value, or null when there is no parameter of
     * that name. The result must be finite and of a dimension ratenet has a unit for.
     */
    public Quantity evaluate(Function<String, Quantity> parameters) {
        Measure m = root.evaluate(parameters);
        Optional<Dimension> dimension = Dimension.of(m.time(), m.voltage(), m.current());
        if (dimension.isEmpty()) {
            throw new ExpressionException("'" + text + "' has dimension " + m.dimensionText()
                    + ", for which ratenet has no unit");
        }
        double value = m.rescaled(dimension.get().scale()).value();
        if (!Double.isFinite(value)) {
            throw new ExpressionException("'" + text + "' evaluates to " + value + ", not a finite number");
        }
        return new Quantity(value, dimension.get());
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Node {
        Measure evaluate(Function<String, Quantity> parameters);

        default void collectNames(Set<String> names) {
        }
    }

    private record Constant(Measure value) implements Node {
        public Measure evaluate(Function<String, Quantity> parameters) {
            return value;
        }
    }

    private record Name(String name) implements Node {
        public Measure evaluate(Function<String, Quantity> parameters) {
            Quantity q = parameters.apply(name);
            if (q != null) {
                return Measure.of(q);
            }
            return Unit.find(name).map(u -> Measure.of(1, u))
                    .orElseThrow(() -> new ExpressionException("unknown name '" + name + "'"));
        }

        public void collectNames(Set<String> names) {
            names.add(name);
        }
    }

    private record Negate(Node operand) implements Node {
        public Measure evaluate(Function<String, Quantity> parameters) {
            return operand.evaluate(parameters).negate();
        }

        public void collectNames(Set<String> names) {
            operand.collectNames(names);
        }
    }

    /**
     * A chain of one precedence level, {@code a op b op c ...}, folded from the left without recursion, so that a long
     * sum or product cannot exhaust the stack.
     */
    private record Chain(List<Node> operands, char[] ops) implements Node {
        public Measure evaluate(Function<String, Quantity> parameters) {
            Measure a = operands.get(0).evaluate(parameters);
            for (int k = 0; k < ops.length; k++) {
                a = apply(ops[k], a, operands.get(k + 1).evaluate(parameters));
            }
            return a;
        }

        private static Measure apply(char op, Measure a, Measure b) {
            switch (op) {
                case '*':
                    return a.times(b);
                case '/':
                    return a.dividedBy(b);
                default:
                    if (!a.sameDimension(b)) {
                        throw new ExpressionException("cannot " + (op == '+' ? "add " : "subtract ")
                                + b.dimensionText() + (op == '+' ? " to " : " from ") + a.dimensionText());
                    }
                    return op == '+' ? a.plus(b) : a.plus(b.negate());
            }
        }

        public void collectNames(Set<String> names) {
            operands.forEach(o -> o.collectNames(names));
        }
    }

    private record Power(Node base, int exponent) implements Node {
        public Measure evaluate(Function<String, Quantity> parameters) {
            return base.evaluate(parameters).power(exponent);
        }

        public void collectNames(Set<String> names) {
            base.collectNames(names);
        }
    }

    private record Call(String function, List<Node> arguments) implements Node {
        public Measure evaluate(Function<String, Quantity> parameters) {
            List<Measure> args = new ArrayList<>();
            for (Node n : arguments) {
                args.add(n.evaluate(parameters));
            }
            Measure x = args.get(0);
            switch (function) {
                case "sqrt":
                    if (x.time() % 2 != 0 || x.voltage() % 2 != 0 || x.current() % 2 != 0) {
                        throw new ExpressionException("sqrt of " + x.dimensionText() + " has no dimension");
                    }
                    return x.sqrt();
                case "abs":
                    return new Measure(Math.abs(x.value()), x.scale(), x.time(), x.voltage(), x.current());
                case "min":
                case "max":
                    Measure y = args.get(1);
                    if (!x.sameDimension(y)) {
                        throw new ExpressionException(function + " of " + x.dimensionText() + " and " + y.dimensionText());
                    }
                    int common = Math.min(x.scale(), y.scale());
                    Measure xs = x.rescaled(common);
                    Measure ys = y.rescaled(common);
                    boolean pickX = function.equals("min") ? xs.value() <= ys.value() : xs.value() >= ys.value();
                    return pickX ? xs : ys;
                default:
                    if (!x.dimensionless()) {
                        throw new ExpressionException(function + " needs a plain number, got " + x.dimensionText());
                    }
                    double v = x.plainValue();
                    return Measure.number(switch (function) {
                        case "exp" -> Math.exp(v);
                        case "log" -> Math.log(v);
                        case "floor" -> Math.floor(v);
                        case "ceil" -> Math.ceil(v);
                        default -> Math.rint(v); // round
                    });
            }
        }

        public void collectNames(Set<String> names) {
            arguments.forEach(a -> a.collectNames(names));
        }
    }

    private static final Map<String, Integer> FUNCTIONS = Map.of("sqrt", 1, "abs", 1, "exp", 1, "log", 1,
            "floor", 1, "ceil", 1, "round", 1, "min", 2, "max", 2);

    /** Recursive descent over the text. */
    private static final class Parser {
        private final String s;
        private int pos;
        private int depth;

        /** Enters one level of nesting (a parenthesis, a sign, a call), refusing to go deeper than {@link #MAX_DEPTH}. */
        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw error("nested deeper than " + MAX_DEPTH + " levels (parentheses, signs and calls)", pos);
            }
        }

        Parser(String s) {
            this.s = s;
        }

        Node sum() {
            List<Node> operands = new ArrayList<>(List.of(product()));
            StringBuilder ops = new StringBuilder();
            while (peek() == '+' || peek() == '-') {
                ops.append(s.charAt(pos++));
                operands.add(product());
            }
            return operands.size() == 1 ? operands.get(0) : new Chain(List.copyOf(operands), ops.toString().toCharArray());
        }

        Node product() {
            List<Node> operands = new ArrayList<>(List.of(unary()));
            StringBuilder ops = new StringBuilder();
            while (peek() == '*' || peek() == '/') {
                ops.append(s.charAt(pos++));
                operands.add(unary());
            }
            return operands.size() == 1 ? operands.get(0) : new Chain(List.copyOf(operands), ops.toString().toCharArray());
        }

        Node unary() {
            char c = peek();
            if (c == '-' || c == '+') {
                pos++;
                enter();
                Node operand = unary();
                depth--;
                return c == '-' ? new Negate(operand) : operand;
            }
            return power();
        }

        Node power() {
            Node base = atom();
            if (peek() == '^') {
                pos++;
                boolean negative = false;
                if (peek() == '-') {
                    negative = true;
                    pos++;
                }
                int start = pos;
                double e = number();
                if (e != Math.rint(e) || Math.abs(e) > 64) {
                    throw error("the exponent must be a whole number between -64 and 64", start);
                }
                return new Power(base, (int) (negative ? -e : e));
            }
            return base;
        }

        Node atom() {
            char c = peek();
            if (c == '(') {
                pos++;
                enter();
                Node inner = sum();
                expect(')');
                depth--;
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
                double value = number();
                int save = pos;
                if (isNameStart(peek())) {
                    int start = pos;
                    String name = name();
                    Optional<Unit> unit = Unit.find(name);
                    if (unit.isPresent() && peek() != '(') {
                        return new Constant(Measure.of(value, unit.get()));
                    }
                    pos = save;
                    throw error("'" + name + "' after a number is not a unit (did you mean '*'?)", start);
                }
                return new Constant(Measure.number(value));
            }
            if (isNameStart(c)) {
                int start = pos;
                String name = name();
                if (peek() == '(') {
                    Integer arity = FUNCTIONS.get(name);
                    if (arity == null) {
                        throw error("unknown function '" + name + "' (known: " + FUNCTIONS.keySet().stream().sorted().toList() + ")", start);
                    }
                    pos++;
                    enter();
                    List<Node> args = new ArrayList<>();
                    args.add(sum());
                    while (peek() == ',') {
                        pos++;
                        args.add(sum());
                    }
                    expect(')');
                    depth--;
                    if (args.size() != arity) {
                        throw error(name + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + args.size(), start);
                    }
                    return new Call(name, List.copyOf(args));
                }
                return new Name(name);
            }
            if (c == 0) {
                throw error("the expression ends where a value is expected", pos);
            }
            throw error("unexpected '" + c + "'", pos);
        }

        double number() {
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int mark = pos;
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = mark; // an 'e' that starts a unit or name, not an exponent
                }
            }
            String digits = s.substring(start, pos);
            try {
                double v = Double.parseDouble(digits);
                if (!Double.isFinite(v)) {
                    throw error("the number '" + digits + "' is too large", start);
                }
                return v;
            } catch (NumberFormatException e) {
                throw error("'" + digits + "' is not a number", start);
            }
        }

        String name() {
            int start = pos;
            while (pos < s.length() && isNamePart(s.charAt(pos))) {
                pos++;
            }
            return s.substring(start, pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'", pos);
            }
            pos++;
        }

        void expectEnd() {
            if (peek() != 0) {
                throw error("unexpected '" + s.charAt(pos) + "'", pos);
            }
        }

        char peek() {
            skipSpace();
            return pos < s.length() ? s.charAt(pos) : 0;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        ExpressionException error(String what, int at) {
            return new ExpressionException(what + " at column " + (at + 1) + " of '" + oneLine(s) + "'");
        }

        private static boolean isNameStart(char c) {
            return c != 0 && (Character.isLetter(c) || c == '_');
        }

        private static boolean isNamePart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }

    /** Text shortened to one printable line for messages. */
    static String oneLine(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
    }

}
