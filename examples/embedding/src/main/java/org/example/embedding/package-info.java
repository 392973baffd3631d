/**
 * A small host application: the records of a training-centre management system ({@link org.example.embedding.Centre},
 * {@link org.example.embedding.Course}, {@link org.example.embedding.Enrollment}, {@link org.example.embedding.Teacher}…),
 * mapped to Ducha's model by {@link org.example.embedding.CentreRecords}, inspected by the packs the host chose
 * ({@link org.example.embedding.SelfCheck}), and a rule of the host's own that uses the findings: no certificates
 * for a course whose archive has a critical finding ({@link org.example.embedding.CertificateGate}).
 */
package org.example.embedding;
