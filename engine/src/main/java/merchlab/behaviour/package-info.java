/** Behaviour logs: what shoppers searched, were shown, clicked, carted and bought; the interaction log protocols split and models learn from, and the ranking cases they are judged on. */
package merchlab.behaviour;
