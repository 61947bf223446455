package merchlab.cli;

import java.nio.file.Path;

/** Where MerchLab keeps its workspaces and settings: {@code $MERCHLAB_HOME}, or {@code ~/.merchlab}. */
public final class Home {
    private Home() {
    }

    public static Path folder() {
        String env = System.getenv("MERCHLAB_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".merchlab");
    }

    public static Path defaultWorkspace() {
        return folder().resolve("workspaces").resolve("sample.db");
    }
}
