import javax.script.*;
public class Main {
    static Object calc(String expr) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
        return engine.eval(expr);
    }
}
