/** Saving what is on screen: a node or scene as a PNG image. */
package merchlab.ui.export;
