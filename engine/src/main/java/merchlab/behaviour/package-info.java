/** Behaviour logs: what shoppers searched, were shown, clicked, carted and bought. */
package merchlab.behaviour;
