package org.ducha.examples.jincheng;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Invented Chinese personal names (姓名), drawn from common surnames of southern Shanxi and common given-name
 * characters. Deterministic: the same seed gives the same names in the same order on every run, and one
 * generator never gives the same name twice. The names stand for no real person.
 */
final class PersonNames {

  private static final String SURNAMES =
      "王李张刘陈杨赵郭牛常原卫靳焦秦司吕贾成范田崔郝申冯段程裴宋马史侯高韩孟任梁薛霍阎曹魏苗毕闫蔡姚苏胡晋畅董";

  private static final String GIVEN =
      "建国伟军强磊刚勇斌杰涛明超亮鹏飞宏华波平辉鑫晋海龙峰红丽静敏燕娟芳霞艳婷慧颖丹莉玲晶宇浩凯瑞晨阳帅宁志文兵林生保福利俊博昊泽轩晓梦欣佳雪琳思旭东荣彦泉富庆喜顺全德胜忠义成云新永春秀英兰凤江山宝";

  private final Random random;
  private final Set<String> used = new HashSet<>();

  /** A generator; {@code seed} fixes the sequence. */
  PersonNames(long seed) {
    this.random = new Random(seed);
  }

  /** The next name not given before by this generator: a surname and one or two given-name characters. */
  String next() {
    while (true) {
      StringBuilder sb = new StringBuilder(3);
      sb.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
      sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
      if (random.nextInt(10) < 7) {
        char second = GIVEN.charAt(random.nextInt(GIVEN.length()));
        if (second != sb.charAt(1)) {
          sb.append(second);
        }
      }
      String name = sb.toString();
      if (used.add(name)) {
        return name;
      }
    }
  }
}
