package org.ducha.checks.staffing;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.ducha.model.IdentityNumber;

/** How the staffing pack's inspection-scope checks write an identity number as a key: its 17 digits in 8 bytes. */
final class PersonCodecs {
  private PersonCodecs() {}

  static void writeKey(IdentityNumber key, DataOutput out) throws IOException {
    out.writeLong(key.digits());
  }

  static IdentityNumber readKey(DataInput in) throws IOException {
    return IdentityNumber.ofDigits(in.readLong());
  }
}
