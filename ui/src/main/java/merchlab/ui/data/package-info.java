/** The Data section: summary figures, paged product and event tables, and the import history with its rejected rows. */
package merchlab.ui.data;
