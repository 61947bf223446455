package merchlab.ui.task;

/** A piece of engine work run by a {@link TaskRunner}; it never touches the scene graph or view-model properties. */
@FunctionalInterface
public interface Job<T> {
    /** Does the work, reporting through {@code context} and checking its cancel token at batch boundaries. */
    T run(JobContext context) throws Exception;
}
