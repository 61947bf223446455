package merchlab;

/** Thrown inside a job when its user cancelled it; the job has left the workspace consistent. */
public final class CancelledException extends MerchLabException {
    public CancelledException() {
        super("cancelled");
    }
}
