/** The validation report as a folder: Markdown for people, JSON for programs, comparison plots and validity-map heat maps. */
package org.ratenet.validation.report;
