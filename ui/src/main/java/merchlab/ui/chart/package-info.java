/** Charts: the only package of the desktop that imports chartfx (an architecture test holds it to that). */
package merchlab.ui.chart;
