package org.example.embedding;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A timetabled session of a course, as delivered.
 *
 * @param id the session's id within the course
 * @param day the day
 * @param from the scheduled start
 * @param to the scheduled end
 * @param topic the topic
 * @param teacherId staff number of the teacher
 * @param hours the class hours it counts for
 * @param practical whether it is practical training
 * @param teacherSigned whether the teacher signed the session log
 */
public record Session(String id, LocalDate day, LocalTime from, LocalTime to, String topic, String teacherId, int hours,
    boolean practical, boolean teacherSigned) {}
