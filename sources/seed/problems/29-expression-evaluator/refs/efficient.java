import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Recursive-descent evaluator for + - * ( ) and unary minus over longs. */
    static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        private char peek() {
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\r')) pos++;
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        long expression() {
            long value = term();
            for (char op = peek(); op == '+' || op == '-'; op = peek()) {
                pos++;
                long right = term();
                value = op == '+' ? value + right : value - right;
            }
            return value;
        }

        private long term() {
            long value = factor();
            while (peek() == '*') {
                pos++;
                value *= factor();
            }
            return value;
        }

        private long factor() {
            char c = peek();
            if (c == '-') {
                pos++;
                return -factor();
            }
            if (c == '(') {
                pos++;
                long value = expression();
                if (peek() == ')') pos++;
                return value;
            }
            long value = 0;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) value = value * 10 + (text.charAt(pos++) - '0');
            return value;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String first = reader.readLine();
        if (first == null) return;
        int n = Integer.parseInt(first.trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = reader.readLine();
            if (line == null) break;
            out.append(new Parser(line).expression()).append('\n');
        }
        System.out.print(out);
    }
}
