public class Main {
    static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile("^([a-z0-9]+[.-]?)*[a-z0-9]$");
}
