/** The desktop workbench's screens: one section per capability (Data, Explore, Train, Evaluate, Explain, Models). */
package merchlab.ui;
