/** The first-run checklist: import, prepare, explore, evaluate, with what is done and the action that does the next step. */
package merchlab.ui.start;
