package se.kasus.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The small part of FEEL that people write in a form's "Hide if" or "Read only" box, evaluated the way
 * form-js 1.23 does it, so that the server hides exactly the fields the browser hid.
 *
 * <p>Supported: string literals in double quotes, numbers, {@code true}, {@code false}, {@code null},
 * field keys (dotted for nested keys), {@code = != < <= > >=}, {@code and}, {@code or}, {@code not(...)} and
 * parentheses. Anything else is refused with an {@link IllegalArgumentException} when parsed.
 *
 * <p>form-js evaluates these strings as FEEL <em>unary tests</em> with no input value, which is not the same as
 * evaluating an expression: a result of {@code null} counts as met (so {@code =x > 5} hides while {@code x} is
 * empty), and a top-level {@code not(...)} negates that test rather than calling the {@code not} function.
 * Comparisons follow FEEL: different types give {@code null}, and {@code and}/{@code or} are three-valued.
 */
final class FeelCondition implements Condition {

    private final String source;
    private final Node test;
    private final boolean negated;

    private FeelCondition(String source, Node test, boolean negated) {
        this.source = source;
        this.test = test;
        this.negated = negated;
    }

    /** @param expression the schema's string, including the leading {@code =} that marks it as FEEL */
    static FeelCondition parse(String expression) {
        if (!expression.startsWith("=")) {
            throw new IllegalArgumentException("not a FEEL expression: " + expression);
        }
        Parser parser = new Parser(tokenize(expression.substring(1)));
        boolean negated = parser.isWholeNegation();
        Node test = negated ? parser.negationBody() : parser.expression();
        parser.expectEnd();
        return new FeelCondition(expression, test, negated);
    }

    /** The field keys the expression reads. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        test.collectNames(names);
        return names;
    }

    @Override
    public boolean isMet(Map<String, Object> data) {
        boolean matches = unaryTestMatches(test.eval(data));
        return negated != matches;
    }

    @Override
    public String toString() {
        return source;
    }

    /** How a unary test with no input value treats a result: booleans count as themselves, and null equals the missing input. */
    private static boolean unaryTestMatches(Object result) {
        if (result instanceof List<?> list) {
            // lists are flattened one level before each element is tested
            return list.stream().anyMatch(e -> e == null || Boolean.TRUE.equals(e));
        }
        return result == null || Boolean.TRUE.equals(result);
    }

    // ---- evaluation ------------------------------------------------------------------------------------

    private interface Node {
        Object eval(Map<String, Object> data);

        default void collectNames(Set<String> names) {
        }
    }

    private record Literal(Object value) implements Node {
        public Object eval(Map<String, Object> data) {
            return value;
        }
    }

    private record Name(String key) implements Node {
        public Object eval(Map<String, Object> data) {
            return data.get(key);
        }

        public void collectNames(Set<String> names) {
            names.add(key);
        }
    }

    /** The FEEL function {@code not}: negates a boolean, anything else gives null. */
    private record Not(Node operand) implements Node {
        public Object eval(Map<String, Object> data) {
            return operand.eval(data) instanceof Boolean b ? !b : null;
        }

        public void collectNames(Set<String> names) {
            operand.collectNames(names);
        }
    }

    private record Logic(boolean isAnd, Node left, Node right) implements Node {
        public Object eval(Map<String, Object> data) {
            Object l = left.eval(data);
            Object r = right.eval(data);
            // the deciding value wins even against null (false and null = false); otherwise null is contagious
            Boolean decisive = !isAnd;
            if (decisive.equals(l) || decisive.equals(r)) {
                return decisive;
            }
            return l instanceof Boolean && r instanceof Boolean ? !decisive : null;
        }

        public void collectNames(Set<String> names) {
            left.collectNames(names);
            right.collectNames(names);
        }
    }

    private record Comparison(String op, Node left, Node right) implements Node {
        public Object eval(Map<String, Object> data) {
            Object l = left.eval(data);
            Object r = right.eval(data);
            return switch (op) {
                case "=" -> equal(l, r);
                case "!=" -> negate(equal(l, r));
                default -> order(l, r);
            };
        }

        private Boolean order(Object l, Object r) {
            int cmp;
            if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
                cmp = a.compareTo(b);
            } else if (l instanceof String a && r instanceof String b) {
                cmp = a.compareTo(b);
            } else {
                return null; // includes null operands: FEEL cannot order them
            }
            return switch (op) {
                case "<" -> cmp < 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                default -> cmp >= 0;
            };
        }

        public void collectNames(Set<String> names) {
            left.collectNames(names);
            right.collectNames(names);
        }
    }

    /** FEEL equality: null equals only null, values of different types are not comparable (null). */
    private static Boolean equal(Object l, Object r) {
        if (l == null || r == null) {
            return l == r;
        }
        if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (l.getClass() != r.getClass() && !(l instanceof List && r instanceof List)) {
            return null;
        }
        return Objects.equals(l, r);
    }

    private static Boolean negate(Boolean b) {
        return b == null ? null : !b;
    }

    // ---- parsing ---------------------------------------------------------------------------------------

    private enum Kind { STRING, NUMBER, NAME, SYMBOL }

    private record Token(Kind kind, String text) {
        boolean is(String symbolOrKeyword) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbolOrKeyword);
        }
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                i = readString(s, i, tokens);
            } else if (Character.isDigit(c) || isNumberStart(s, i)) {
                int end = i + 1;
                while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, s.substring(i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < s.length() && isNameChar(s.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, s.substring(i, end)));
                i = end;
            } else if (s.startsWith("!=", i) || s.startsWith("<=", i) || s.startsWith(">=", i)) {
                tokens.add(new Token(Kind.SYMBOL, s.substring(i, i + 2)));
                i += 2;
            } else if ("=<>()".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            } else {
                throw new IllegalArgumentException("unsupported character '" + c + "'");
            }
        }
        return tokens;
    }

    /** A minus sign or dot directly followed by a digit starts a number: -5, .5, -.5 */
    private static boolean isNumberStart(String s, int i) {
        int j = s.charAt(i) == '-' ? i + 1 : i;
        if (j < s.length() && s.charAt(j) == '.') {
            j++;
        }
        return j > i && j < s.length() && Character.isDigit(s.charAt(j));
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private static int readString(String s, int start, List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= s.length() || "\"\\".indexOf(s.charAt(i + 1)) < 0) {
                    throw new IllegalArgumentException("unsupported escape in string");
                }
                c = s.charAt(++i);
            }
            text.append(c);
            i++;
        }
        if (i >= s.length()) {
            throw new IllegalArgumentException("unterminated string");
        }
        tokens.add(new Token(Kind.STRING, text.toString()));
        return i + 1;
    }

    /** Recursive descent: or &lt; and &lt; comparison &lt; primary, as in FEEL. */
    private static final class Parser {
        private final List<Token> tokens;
        private int pos;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** True for "not( ... )" spanning the whole input: FEEL's negated unary test. */
        boolean isWholeNegation() {
            if (tokens.size() < 3 || !tokens.get(0).is("not") || !tokens.get(1).is("(")) {
                return false;
            }
            int depth = 0;
            for (int i = 1; i < tokens.size(); i++) {
                depth += tokens.get(i).is("(") ? 1 : tokens.get(i).is(")") ? -1 : 0;
                if (depth == 0) {
                    return i == tokens.size() - 1;
                }
            }
            return false;
        }

        Node negationBody() {
            pos = 2;
            Node body = expression();
            expect(")");
            return body;
        }

        Node expression() {
            Node left = conjunction();
            while (accept("or")) {
                left = new Logic(false, left, conjunction());
            }
            return left;
        }

        private Node conjunction() {
            Node left = comparison();
            while (accept("and")) {
                left = new Logic(true, left, comparison());
            }
            return left;
        }

        private Node comparison() {
            Node left = primary();
            for (String op : List.of("=", "!=", "<=", ">=", "<", ">")) {
                if (accept(op)) {
                    return new Comparison(op, left, primary());
                }
            }
            return left;
        }

        private Node primary() {
            Token t = next();
            if (t.is("(")) {
                Node inner = expression();
                expect(")");
                return inner;
            }
            if (t.is("not")) {
                expect("(");
                Node operand = expression();
                expect(")");
                return new Not(operand);
            }
            return switch (t.kind()) {
                case STRING -> new Literal(t.text());
                case NUMBER -> new Literal(number(t.text()));
                case NAME -> nameOrKeyword(t.text());
                default -> throw new IllegalArgumentException("unexpected '" + t.text() + "'");
            };
        }

        private Node nameOrKeyword(String text) {
            return switch (text) {
                case "true" -> new Literal(Boolean.TRUE);
                case "false" -> new Literal(Boolean.FALSE);
                case "null" -> new Literal(null);
                case "and", "or", "not" -> throw new IllegalArgumentException("unexpected '" + text + "'");
                default -> {
                    if (text.endsWith(".") || text.contains("..")) {
                        throw new IllegalArgumentException("bad name '" + text + "'");
                    }
                    yield new Name(text);
                }
            };
        }

        private static BigDecimal number(String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number '" + text + "'");
            }
        }

        void expectEnd() {
            if (pos < tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + tokens.get(pos).text() + "'");
            }
        }

        private void expect(String symbol) {
            if (!accept(symbol)) {
                throw new IllegalArgumentException("expected '" + symbol + "'");
            }
        }

        private boolean accept(String symbolOrKeyword) {
            if (pos < tokens.size() && tokens.get(pos).is(symbolOrKeyword)) {
                pos++;
                return true;
            }
            return false;
        }

        private Token next() {
            if (pos >= tokens.size()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return tokens.get(pos++);
        }
    }
}
