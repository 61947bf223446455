/** What the desktop remembers between runs: last and recent workspaces, window placement and the open section. */
package merchlab.ui.settings;
