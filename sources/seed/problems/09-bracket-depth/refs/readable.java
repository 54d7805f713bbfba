import java.io.*;
import java.util.*;

/** Maximum nesting depth of a bracket string, or -1 when it is not balanced. */
public class Main {
    static final int UNBALANCED = -1;
    static final Map<Character, Character> OPENER_OF = Map.of(')', '(', ']', '[', '}', '{');

    /** Keep the open brackets on a stack; a closer must match the most recent opener. */
    static int nestingDepth(String brackets) {
        Deque<Character> openBrackets = new ArrayDeque<>();
        int deepest = 0;
        for (char bracket : brackets.toCharArray()) {
            Character opener = OPENER_OF.get(bracket);
            if (opener != null) {
                if (openBrackets.isEmpty() || openBrackets.pop() != opener) return UNBALANCED;
            } else {
                openBrackets.push(bracket);
                deepest = Math.max(deepest, openBrackets.size());
            }
        }
        return openBrackets.isEmpty() ? deepest : UNBALANCED;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        reader.readLine(); // the length, implied by the string itself
        String line = reader.readLine();
        System.out.println(nestingDepth(line == null ? "" : line.trim()));
    }
}
