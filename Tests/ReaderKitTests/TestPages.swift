import PaperKit

/// Pages built by hand for reader tests, from the seed page of a city daily (the parser is not
/// needed to test the reader).
enum TestPages {
  static func byline(_ text: String, reporters: [String], correspondents: [String] = [])
    -> Byline
  {
    Byline(text: text, reporters: reporters, correspondents: correspondents, agency: "本报")
  }

  static let cangxian = Article(
    title: "沧县：观摩学先进 加压促提升",
    byline: byline("本报讯（记者祁洁 通讯员韩振兴）", reporters: ["祁洁"], correspondents: ["韩振兴"]),
    blocks: [
      Block(.paragraph, "为进一步发挥新时代文明实践中心（所、站）的示范引领作用，近日，沧县组织开展新时代文明实践中心（所、站）观摩调研活动。"),
      Block(.paragraph, "观摩团一行先后到汪家铺镇彭店村新时代文明实践站和捷地回族乡捷地村新时代文明实践站，实地察看文化艺术活动中心、老年活动中心等建设情况。"),
      Block(.paragraph, "通过学习观摩，各中心（所、站）之间学经验，找差距，启发下一步新时代文明实践工作的新思路。"),
    ])

  static let park = Article(
    title: "沧州经济开发区：公园绿地开放共享",
    byline: byline("本报讯（记者祁洁 通讯员刘明宇）", reporters: ["祁洁"], correspondents: ["刘明宇"]),
    blocks: [
      Block(.paragraph, "如今，沧州经济开发区公园草地上的围栏和“小草青青，请勿践踏”之类的提示牌都不见了，取而代之的是“开放共享绿地”的标识牌。"),
      Block(.paragraph, "“公园里的植被越来越丰富，景色越来越美，自共享绿地开放以来，我经常带着家人和孩子来亲近自然。”正在兴业公园游玩的市民李磊说。"),
      Block(
        .paragraph, "自今年6月以来，全市统一开展绿地开放共享工作。截至目前，共拆除公园绿地周边各类围栏1215米，移除禁止进入绿地的标识牌60个，开放草坪面积3.5万余平方米。"
      ),
      Block(.paragraph, "下一步，沧州经济开发区行政执法办将推进共享绿地合理使用和科学养护等工作，做好绿地管护，大大提升居民的获得感和幸福感。"),
    ])

  static let yunhe = Article(
    title: "运河区：微课堂 传播“好声音”",
    byline: byline("本报讯（记者祁洁 通讯员史飞飞）", reporters: ["祁洁"], correspondents: ["史飞飞"]),
    blocks: [
      Block(.paragraph, "近日，在运河区东屯村，青年讲师潘秋宇围绕传承良好家教家风的重要意义，向孩子们讲述身边人身边事。"),
      Block(.paragraph, "截至目前，全区累计开展宣讲500余场次，惠及群众3万余人。"),
    ])

  static let tax = Article(
    title: "新华区：“税管家”入企“问诊把脉”",
    byline: byline("本报讯（记者祁洁 通讯员张军）", reporters: ["祁洁"], correspondents: ["张军"]),
    blocks: [
      Block(.paragraph, "为精准了解市场主体的需求，近日，新华区税务局组织“税管家”团队成员，深入企业“问诊把脉”。"),
      Block(.paragraph, "通过实地走访需活动，不断优化办税体验，提升了辖区纳税人的满意度和获得感。"),
    ])

  /// A long article with a caption, subheads and many paragraphs.
  static let neighbourhood = Article(
    title: "身边烦难事 变成暖心事",
    byline: Byline(
      text: "本报记者 祁洁 本报通讯员 崔志远", reporters: ["祁洁"], correspondents: ["崔志远"]),
    blocks: [
      Block(.caption, "社区工作人员入户走访（资料片）"),
      Block(.subheading, "居民抢着当管理员"),
      Block(.paragraph, "近日，记者走进名著社区新时代文明实践站一楼大厅，居民王代娣和姐妹们正在跳舞。"),
      Block(.paragraph, "“自从有了这个活动场地，生活一下子丰富了。大伙儿没事来跳跳舞、聊聊天，感受就俩字——开心！”跳完一支曲子，王代娣向记者“晒”起了幸福。"),
      Block(.paragraph, "图书室、儿童娱乐室、乐器演奏室……记者细细参观，这儿的新时代文明实践站可谓分区明晰、功能齐全。"),
      Block(.subheading, "“一社一品”打开“幸福门”"),
      Block(.paragraph, "西环中街街道办事处下辖17个社区、85个小区，有物业和无物业小区各占一半，辖区共9万多人。"),
      Block(.paragraph, "最近，金鼎社区金鼎小区1号楼居民的天然气安装终于有了眉目。"),
      Block(
        .paragraph,
        "受各种原因影响，一号楼92户居民一直未接通天然气。为解决这些居民的用气难题，由西环中街街道党工委牵头，金鼎社区党委多次召开党员代表和居民代表议事会，积极推动改造工程顺利开展。"),
      Block(.subheading, "“笨法”巧解烦难事"),
      Block(.paragraph, "“大伙儿等等，我想办法协调。”每一次，王帅都耐心地答复。"),
      Block(.paragraph, "公安小区进小区的胡同，多年来一直没有路灯。社区党委与相关部门沟通，为这条胡同安装了3盏太阳能路灯，解决了居民夜间出行难题。"),
      Block(.paragraph, "把居民的身边小事办成暖心大事，是赢得居民认可的关键一环。一桩桩暖心事，不断提升居民的获得感和幸福感。"),
      Block(.note, "（下转第四版）"),
    ])

  static let goldIdeas = Article(
    kicker: "创文明城市 建美好家园",
    title: "共建共治“金点子”结出“金果子”",
    byline: Byline(
      text: "本报记者 祁洁 本报通讯员 郭丽芹 柴晓宁 摄影报道", reporters: ["祁洁"],
      correspondents: ["郭丽芹", "柴晓宁"]),
    blocks: [
      Block(.lead, "小区有啥难题，召集业委会代表、党员代表和居民代表到“聆听屋”里商量；居民反映问题，可通过线上线下“下单”。"),
      Block(.subheading, "“聆听屋”内听民声"),
      Block(.paragraph, "8月18日15时30分，新华区车站街道办事处欣怡社区红色“聆听屋”内，社区党委书记么新玲和业委会代表正在商量小区大门口安装道闸的事儿。"),
    ])

  /// The seed page: three sections, the last without a name.
  static let seed = Page(
    source: "seed.txt", encoding: "UTF-8",
    banner: "推进全国文明城市国家卫生城市创建 全面加快沿海经济强市建设步伐",
    sections: [
      Section(name: "“双争”进行时", articles: [cangxian]),
      Section(name: "新闻速递", articles: [park, yunhe, tax]),
      Section(name: nil, articles: [neighbourhood, goldIdeas]),
    ])

  /// A second page without a banner, with full-width digits and Latin letters.
  static let second = Page(
    source: "issue/p02.txt", encoding: "GB18030",
    sections: [
      Section(
        name: "要闻",
        articles: [
          Article(
            title: "ＡＰＥＣ会议１２月举行",
            blocks: [Block(.paragraph, "会议将于１２月举行，各方期待进一步提升合作的获得感。")])
        ])
    ])

  /// A page without sections or articles.
  static let empty = Page(source: "empty.txt", encoding: "UTF-8")

  /// A page whose only section has no articles.
  static let hollow = Page(
    source: "hollow.txt", encoding: "UTF-8", sections: [Section(name: "广告", articles: [])])
}
