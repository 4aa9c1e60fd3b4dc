package org.ratenet.equations;

/** Expressions back to text for messages, with only the parentheses precedence needs. */
final class Printer {

    private Printer() {
    }

    static String text(Expr e) {
        StringBuilder b = new StringBuilder();
        print(e, b, 0);
        return b.toString();
    }

    /** Precedence: 0 sum, 1 product, 2 unary, 3 power and atoms. */
    private static void print(Expr e, StringBuilder b, int context) {
        if (e instanceof Expr.Num n) {
            b.append(number(n));
        } else if (e instanceof Expr.Name n) {
            b.append(n.name());
        } else if (e instanceof Expr.Negate n) {
            wrap(b, context > 2, () -> {
                b.append('-');
                print(n.operand(), b, 2);
            });
        } else if (e instanceof Expr.Binary n) {
            int level = n.op() == '+' || n.op() == '-' ? 0 : 1;
            wrap(b, context > level, () -> {
                print(n.left(), b, level);
                b.append(level == 0 ? " " + n.op() + " " : String.valueOf(n.op()));
                print(n.right(), b, level + 1);
            });
        } else if (e instanceof Expr.Power n) {
            print(n.base(), b, 4);
            b.append('^').append(plain(n.exponent()));
        } else {
            Expr.Call n = (Expr.Call) e;
            b.append(n.function()).append('(');
            for (int k = 0; k < n.arguments().size(); k++) {
                if (k > 0) {
                    b.append(", ");
                }
                print(n.arguments().get(k), b, 0);
            }
            b.append(')');
        }
    }

    private static String number(Expr.Num n) {
        return n.unit().dimensionless() ? plain(n.value()) : plain(n.value()) + " " + n.unit();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void wrap(StringBuilder b, boolean parentheses, Runnable inner) {
        if (parentheses) {
            b.append('(');
        }
        inner.run();
        if (parentheses) {
            b.append(')');
        }
    }
}
