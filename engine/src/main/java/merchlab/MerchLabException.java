package merchlab;

/**
 * A failure caused by the user's input or environment, reported as one clear line without a stack trace.
 */
public class MerchLabException extends RuntimeException {
    public MerchLabException(String message) {
        super(message);
    }

    public MerchLabException(String message, Throwable cause) {
        super(message, cause);
    }
}
