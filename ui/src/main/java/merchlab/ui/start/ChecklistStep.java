package merchlab.ui.start;

/**
 * One step of the first-run checklist.
 *
 * @param id     {@code import}, {@code prepare}, {@code explore} or {@code evaluate}
 * @param title  the step in a few words
 * @param detail what is done, or what the step will do, in a sentence
 * @param state  whether it is done, running, the next thing to do, or waiting for an earlier step
 * @param action the button's words
 */
public record ChecklistStep(String id, String title, String detail, State state, String action) {
    /** Where a step stands. */
    public enum State { DONE, RUNNING, NEXT, WAITING }

    /** True when its button does something now. */
    public boolean actionable() {
        return state != State.WAITING && state != State.RUNNING;
    }
}
