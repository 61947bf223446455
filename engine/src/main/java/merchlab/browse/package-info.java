/** Paged, sorted and filtered read queries over a workspace, for screens that browse its products, events and imports. */
package merchlab.browse;
