/** The main window: navigation between sections, the workspace menu, shortcuts, and what it remembers between runs. */
package merchlab.ui.main;
