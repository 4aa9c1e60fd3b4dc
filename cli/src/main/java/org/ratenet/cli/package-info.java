/**
 * The {@code ratenet} command: picocli root command and subcommands ({@code check}, {@code derive}, {@code rate},
 * {@code meanfield}, {@code simulate}, {@code run}, {@code sweep}, {@code validate}, {@code models}, {@code export}).
 * Bad input is one line per file, never a stack trace.
 */
package org.ratenet.cli;
