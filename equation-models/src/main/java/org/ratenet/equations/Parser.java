package org.ratenet.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ratenet.api.units.Unit;
import org.ratenet.equations.Lexer.Kind;
import org.ratenet.equations.Lexer.Token;

/**
 * Recursive descent over the fields of an equation model: the equations (one a line), the threshold condition, the
 * reset statements (separated by {@code ;} or new lines) and single expressions (refractory period, initial values).
 * Expressions have {@code + - * /}, powers ({@code ^} or {@code **}), calls, parentheses and numbers with units
 * ({@code 2 mV}, or {@code 2*mV} as in Brian2).
 */
final class Parser {

    /** The deepest nesting of parentheses, signs, calls and terms of sums and products. */
    static final int MAX_DEPTH = 100;
    /** The longest text of one field (characters). */
    static final int MAX_LENGTH = 20_000;

    private final List<Token> tokens;
    private int pos;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The equations, one a non-empty line. */
    static List<Statement.Equation> equations(String field, String text) {
        List<Statement.Equation> equations = new ArrayList<>();
        String[] lines = lines(field, text);
        for (int l = 0; l < lines.length; l++) {
            List<Token> tokens = Lexer.tokens(field, l + 1, lines[l]);
            if (tokens.size() > 1) {
                equations.add(new Parser(tokens).equation(lines[l]));
            }
        }
        if (equations.isEmpty()) {
            throw new EquationException(field, 1, 1, "no equations: write at least one, e.g. 'dV/dt = (E_L - V)/tau_m : mV'");
        }
        return equations;
    }

    /** The threshold condition. */
    static Statement.Condition condition(String field, String text) {
        Parser p = single(field, text);
        Expr left = p.sum();
        Token op = p.peek();
        if (!(op.is(">") || op.is(">=") || op.is("<") || op.is("<="))) {
            throw op.place().error(op.kind() == Kind.END ? "a condition needs a comparison, e.g. 'V > V_th'"
                    : "expected a comparison (>, >=, <, <=), found '" + op.text() + "'");
        }
        p.pos++;
        Expr right = p.sum();
        p.expectEnd();
        return new Statement.Condition(left, op.text(), right, left.place());
    }

    /** The reset statements. */
    static List<Statement.Assignment> assignments(String field, String text) {
        List<Statement.Assignment> statements = new ArrayList<>();
        String[] lines = lines(field, text);
        for (int l = 0; l < lines.length; l++) {
            Parser p = new Parser(Lexer.tokens(field, l + 1, lines[l]));
            while (p.peek().kind() != Kind.END) {
                if (p.peek().is(";")) {
                    p.pos++;
                    continue;
                }
                statements.add(p.assignment());
                if (!p.peek().is(";") && p.peek().kind() != Kind.END) {
                    throw p.peek().place().error("expected ';' or the end of the line, found '" + p.peek().text() + "'");
                }
            }
        }
        return statements;
    }

    /** One expression on one line. */
    static Expr expression(String field, String text) {
        Parser p = single(field, text);
        Expr e = p.sum();
        p.expectEnd();
        return e;
    }

    /** A parser over the one non-empty line of the text. */
    private static Parser single(String field, String text) {
        String[] lines = lines(field, text);
        Parser found = null;
        for (int l = 0; l < lines.length; l++) {
            List<Token> tokens = Lexer.tokens(field, l + 1, lines[l]);
            if (tokens.size() > 1) {
                if (found != null) {
                    throw tokens.get(0).place().error("expected one line; this is a second one");
                }
                found = new Parser(tokens);
            }
        }
        if (found == null) {
            throw new EquationException(field, 1, 1, "empty");
        }
        return found;
    }

    private static String[] lines(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new EquationException(field, 1, 1, "empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new EquationException(field, 1, 1, text.length() + " characters is too long: at most " + MAX_LENGTH);
        }
        return text.split("\r?\n|\r", -1);
    }

    private Statement.Equation equation(String line) {
        Token first = peek();
        String variable;
        boolean differential;
        if (first.kind() == Kind.NAME && first.text().length() > 1 && first.text().startsWith("d") && token(1).is("/")
                && token(2).kind() == Kind.NAME && token(2).text().equals("dt")) {
            variable = first.text().substring(1);
            differential = true;
            pos += 3;
        } else if (first.kind() == Kind.NAME) {
            variable = first.text();
            differential = false;
            pos++;
        } else {
            throw first.place().error("an equation starts with 'dx/dt' or a name, found '" + first.text() + "'");
        }
        if (!peek().is("=")) {
            throw peek().place().error("expected '=' after " + (differential ? "d" + variable + "/dt" : "'" + variable + "'")
                    + (peek().kind() == Kind.END ? "" : ", found '" + peek().text() + "'"));
        }
        pos++;
        Expr rhs = sum();
        if (!peek().is(":")) {
            throw peek().place().error(peek().kind() == Kind.END ? "the unit is missing: end the equation with ': unit', e.g. ': mV'"
                    : "expected ':' and the unit, found '" + peek().text() + "'");
        }
        pos++;
        UnitVector unit = unit();
        if (peek().is("(")) {
            throw peek().place().error("flags such as '(unless refractory)' are not supported: during the refractory period the membrane variable is "
                    + "held and the other variables evolve");
        }
        expectEnd();
        return new Statement.Equation(variable, differential, rhs, unit, first.place(), line);
    }

    private Statement.Assignment assignment() {
        Token target = peek();
        if (target.kind() != Kind.NAME) {
            throw target.place().error("a reset statement starts with a variable's name, found '" + target.text() + "'");
        }
        pos++;
        Token op = peek();
        if (!(op.is("=") || op.is("+=") || op.is("-=") || op.is("*=") || op.is("/="))) {
            throw op.place().error("expected '=', '+=', '-=', '*=' or '/=' after '" + target.text() + "'"
                    + (op.kind() == Kind.END ? "" : ", found '" + op.text() + "'"));
        }
        pos++;
        return new Statement.Assignment(target.text(), op.text(), sum(), target.place());
    }

    /** A unit: {@code 1}, or names of units with powers, multiplied and divided ({@code mV/ms}, {@code pA}). */
    private UnitVector unit() {
        UnitVector u = unitFactor();
        while (peek().is("*") || peek().is("/")) {
            boolean divide = next().is("/");
            UnitVector f = unitFactor();
            u = divide ? u.over(f) : u.times(f);
        }
        return u;
    }

    private UnitVector unitFactor() {
        Token t = next();
        UnitVector base;
        if (t.kind() == Kind.NUMBER && Double.parseDouble(t.text()) == 1) {
            base = UnitVector.ONE;
        } else if (t.kind() == Kind.NAME) {
            Unit unit = Unit.find(t.text()).orElseThrow(() -> t.place().error("unknown unit '" + t.text()
                    + "' (units: ms, s, mV, V, pA, nA, nS, uS, pF, Hz, MOhm, 1, and their products)"));
            base = UnitVector.of(unit.dimension());
        } else {
            throw t.place().error(t.kind() == Kind.END ? "the unit is missing after ':'" : "expected a unit, found '" + t.text() + "'");
        }
        if (peek().is("^") || peek().is("**")) {
            pos++;
            double e = signedNumber();
            if (e != Math.rint(e) || Math.abs(e) > 8) {
                throw t.place().error("a unit's power must be a whole number between -8 and 8");
            }
            base = base.power((int) e);
        }
        return base;
    }

    /** A sum; each further term is one level deeper (the tree leans left), counted against {@link #MAX_DEPTH}. */
    private Expr sum() {
        Expr e = product();
        int levels = 0;
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            enter(op);
            levels++;
            e = new Expr.Binary(op.text().charAt(0), e, product(), e.place());
        }
        depth -= levels;
        return e;
    }

    private Expr product() {
        Expr e = unary();
        int levels = 0;
        while (peek().is("*") || peek().is("/")) {
            Token op = next();
            enter(op);
            levels++;
            e = new Expr.Binary(op.text().charAt(0), e, unary(), e.place());
        }
        depth -= levels;
        return e;
    }

    private Expr unary() {
        Token t = peek();
        if (t.is("-") || t.is("+")) {
            pos++;
            enter(t);
            Expr operand = unary();
            depth--;
            return t.is("-") ? new Expr.Negate(operand, t.place()) : operand;
        }
        return power();
    }

    private Expr power() {
        Expr base = atom();
        if (peek().is("^") || peek().is("**")) {
            pos++;
            return new Expr.Power(base, signedNumber(), base.place());
        }
        return base;
    }

    private double signedNumber() {
        boolean negative = false;
        if (peek().is("-") || peek().is("+")) {
            negative = next().is("-");
        }
        Token t = next();
        if (t.kind() != Kind.NUMBER) {
            throw t.place().error("a power needs a number as exponent, found '" + (t.kind() == Kind.END ? "the end" : t.text()) + "'");
        }
        double e = number(t);
        return negative ? -e : e;
    }

    private Expr atom() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER: {
                double value = number(t);
                Token after = peek();
                if (after.kind() == Kind.NAME && !token(1).is("(")) {
                    Optional<Unit> unit = Unit.find(after.text());
                    if (unit.isEmpty()) {
                        throw after.place().error("'" + after.text() + "' after a number is not a unit (did you mean '*'?)");
                    }
                    pos++;
                    Unit u = unit.get();
                    return new Expr.Num(u.dimension().toBase(u.toCanonical(value)), UnitVector.of(u.dimension()), t.place());
                }
                return new Expr.Num(value, UnitVector.ONE, t.place());
            }
            case NAME: {
                if (peek().is("(")) {
                    int arity = Expr.arity(t.text());
                    if (arity < 0) {
                        throw t.place().error("unknown function '" + t.text() + "' (known: " + Expr.FUNCTIONS.stream().sorted().toList() + ")");
                    }
                    pos++;
                    enter(t);
                    List<Expr> args = new ArrayList<>();
                    if (!peek().is(")")) {
                        args.add(sum());
                        while (peek().is(",")) {
                            pos++;
                            args.add(sum());
                        }
                    }
                    expect(")");
                    depth--;
                    if (args.size() != arity) {
                        throw t.place().error(t.text() + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + args.size());
                    }
                    return new Expr.Call(t.text(), List.copyOf(args), t.place());
                }
                return new Expr.Name(t.text(), t.place());
            }
            case OPERATOR:
                if (t.is("(")) {
                    enter(t);
                    Expr inner = sum();
                    expect(")");
                    depth--;
                    return inner;
                }
                throw t.place().error("unexpected '" + t.text() + "' where a value is expected");
            default:
                throw t.place().error("the expression ends where a value is expected");
        }
    }

    private static double number(Token t) {
        try {
            double v = Double.parseDouble(t.text());
            if (!Double.isFinite(v)) {
                throw t.place().error("the number '" + t.text() + "' is too large");
            }
            return v;
        } catch (NumberFormatException e) {
            throw t.place().error("'" + t.text() + "' is not a number");
        }
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw t.place().error("nested deeper than " + MAX_DEPTH + " levels (parentheses, signs, calls, and each term of a sum or product)");
        }
    }

    private void expect(String operator) {
        Token t = peek();
        if (!t.is(operator)) {
            throw t.place().error("expected '" + operator + "'" + (t.kind() == Kind.END ? "" : ", found '" + t.text() + "'"));
        }
        pos++;
    }

    private void expectEnd() {
        Token t = peek();
        if (t.kind() != Kind.END) {
            throw t.place().error("unexpected '" + t.text() + "'");
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token token(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }
}
