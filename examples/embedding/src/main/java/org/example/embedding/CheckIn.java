package org.example.embedding;

import java.time.LocalTime;

/**
 * What the attendance terminal recorded for a student at one session.
 *
 * @param in the time of checking in
 * @param out the time of checking out
 */
public record CheckIn(LocalTime in, LocalTime out) {}
