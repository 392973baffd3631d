package org.example.embedding;

import java.time.LocalDate;

/**
 * A member of the centre's administrative staff, employed full time.
 *
 * @param id the staff number
 * @param name the person's name
 * @param joined the first day of work
 */
public record Manager(String id, String name, LocalDate joined) {}
