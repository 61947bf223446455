/** The file formats MerchLab imports, how each is recognised from its first bytes, and how its rows map to the workspace. */
package merchlab.importer.format;
