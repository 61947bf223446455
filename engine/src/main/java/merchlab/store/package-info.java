/** The workspace's tables read and written for one concern each: the only SQL outside the workspace and the importer. */
package merchlab.store;
