package org.ratenet.equations;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of a field's text into tokens: numbers, names, operators; {@code #} starts a comment. */
final class Lexer {

    enum Kind { NUMBER, NAME, OPERATOR, END }

    record Token(Kind kind, String text, Expr.Place place) {
        boolean is(String operator) {
            return kind == Kind.OPERATOR && text.equals(operator);
        }
    }

    private static final String[] OPERATORS = {"**", "+=", "-=", "*=", "/=", ">=", "<=", "==", "!=", "+", "-", "*", "/", "^", "(", ")", ",",
        ":", "=", ">", "<", ";"};

    private Lexer() {
    }

    /** The tokens of {@code line} (line number {@code lineNumber} of {@code field}), ending with an END token. */
    static List<Token> tokens(String field, int lineNumber, String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '#') {
                break;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Expr.Place place = new Expr.Place(field, lineNumber, i + 1);
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(line.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && (line.charAt(i) == 'e' || line.charAt(i) == 'E')) {
                    int mark = i++;
                    if (i < n && (line.charAt(i) == '+' || line.charAt(i) == '-')) {
                        i++;
                    }
                    if (i < n && Character.isDigit(line.charAt(i))) {
                        while (i < n && Character.isDigit(line.charAt(i))) {
                            i++;
                        }
                    } else {
                        i = mark; // 'e' starts a unit or a name
                    }
                }
                tokens.add(new Token(Kind.NUMBER, line.substring(start, i), place));
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, line.substring(start, i), place));
                continue;
            }
            String operator = null;
            for (String o : OPERATORS) {
                if (line.startsWith(o, i)) {
                    operator = o;
                    break;
                }
            }
            if (operator == null) {
                throw place.error("unexpected character '" + (Character.isISOControl(c) ? "?" : String.valueOf(c)) + "'");
            }
            tokens.add(new Token(Kind.OPERATOR, operator, place));
            i += operator.length();
        }
        tokens.add(new Token(Kind.END, "", new Expr.Place(field, lineNumber, n + 1)));
        return tokens;
    }
}
