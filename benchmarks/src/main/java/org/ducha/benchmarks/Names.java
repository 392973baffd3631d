package org.ducha.benchmarks;

import java.util.List;
import java.util.Random;

/** Pools of plausible names for generated records. */
final class Names {
  private Names() {}

  static final List<String> CITIES = List.of("晋城", "阳城", "长治", "临汾", "运城", "吕梁", "忻州", "朔州", "大同", "阳泉",
      "晋中", "太原", "安阳", "焦作", "新乡", "济源", "洛阳", "邯郸", "邢台", "榆林");
  static final List<String> DISTRICTS = List.of("", "城区", "高新区", "经开区", "北区", "南区", "东区", "西区", "新区", "矿区");

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文辉建华鹏飞宇浩然俊峰志国玉梅海燕红霞晓东永亮建军晨阳欣怡子涵梓萱雨泽博文";
  private static final List<String> ENTERPRISE_WORDS = List.of("兴旺", "宏达", "华通", "鑫源", "晋能", "泰安", "恒信", "永盛", "金石", "瑞丰",
      "东方", "中信", "长城", "新宇", "天元", "汇丰", "博远", "顺达", "隆基", "正大");
  private static final List<String> ENTERPRISE_KINDS = List.of("煤业有限公司", "电力工程有限公司", "建筑安装有限公司", "化工有限公司",
      "机械制造有限公司", "供电有限公司", "钢结构有限公司", "物业管理有限公司");

  /** A Chinese personal name: a surname and one or two given characters. */
  static String person(Random random) {
    StringBuilder sb = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = random.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return sb.toString();
  }

  /** An enterprise that commissions training. */
  static String enterprise(Random random) {
    return CITIES.get(random.nextInt(CITIES.size())) + ENTERPRISE_WORDS.get(random.nextInt(ENTERPRISE_WORDS.size()))
        + ENTERPRISE_KINDS.get(random.nextInt(ENTERPRISE_KINDS.size()));
  }
}
