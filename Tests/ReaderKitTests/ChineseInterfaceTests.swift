import PaperKit
import Testing

@testable import ReaderKit

/// Golden screens of the main views in Chinese (LANG=zh_CN.UTF-8), at 80×24 and 41×12.
@Suite struct ChineseInterfaceTests {
  func chinese(_ keys: [Key], size: ScreenSize, pages: [Page] = [TestPages.seed]) -> Screen {
    var state = ReaderState(pages: pages, language: .chinese)
    for key in keys { _ = state.handle(key, size: size) }
    return state.render(size: size)
  }

  static let chineseListWide: [String] = [
    " 推进全国文明城市国家卫生城市创建 全面加快沿海经济强市建设步伐",
    "1 “双争”进行时",
    "   沧县：观摩学先进 加压促提升                            祁洁 韩振兴       3段",
    "2 新闻速递",
    "   沧州经济开发区：公园绿地开放共享                       祁洁 刘明宇       4段",
    "   运河区：微课堂 传播“好声音”                            祁洁 史飞飞       2段",
    "   新华区：“税管家”入企“问诊把脉”                         祁洁 张军         2段",
    "  ────────────────────────────────────",
    "   身边烦难事 变成暖心事                                  祁洁 崔志远       9段",
    "   共建共治“金点子”结出“金果子”                           祁洁 郭丽芹 柴…   1段",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    " 1/6  Enter 打开  / 搜索  ? 帮助  q 退出",
  ]

  static let chineseListNarrow: [String] = [
    " 推进全国文明城市国家卫生城市创建 全面加…",
    "1 “双争”进行时",
    "   沧县：观摩学先进 加压促提升       3段",
    "2 新闻速递",
    "   沧州经济开发区：公园绿地开放…     4段",
    "   运河区：微课堂 传播“好声音”       2段",
    "   新华区：“税管家”入企“问诊把脉”    2段",
    "  ────────────────────────────────────",
    "   身边烦难事 变成暖心事             9段",
    "   共建共治“金点子”结出“金果子”      1段",
    "",
    " 1/6  Enter 打开  / 搜索  ? 帮助  q 退出",
  ]

  static let chineseArticleWide: [String] = [
    "沧县：观摩学先进 加压促提升",
    "本报讯（记者祁洁 通讯员韩振兴）",
    "",
    "　　为进一步发挥新时代文明实践中心（所、站）的示范引领作用，近日，沧县组织开展新",
    "时代文明实践中心（所、站）观摩调研活动。",
    "　　观摩团一行先后到汪家铺镇彭店村新时代文明实践站和捷地回族乡捷地村新时代文明实",
    "践站，实地察看文化艺术活动中心、老年活动中心等建设情况。",
    "　　通过学习观摩，各中心（所、站）之间学经验，找差距，启发下一步新时代文明实践工",
    "作的新思路。",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    " 1/6  “双争”进行时  / 搜索  ? 帮助  q 返回                                 100%",
  ]

  static let chineseArticleNarrow: [String] = [
    "沧县：观摩学先进 加压促提升",
    "本报讯（记者祁洁 通讯员韩振兴）",
    "",
    "　　为进一步发挥新时代文明实践中心（所、",
    "站）的示范引领作用，近日，沧县组织开展新",
    "时代文明实践中心（所、站）观摩调研活动。",
    "　　观摩团一行先后到汪家铺镇彭店村新时代",
    "文明实践站和捷地回族乡捷地村新时代文明实",
    "践站，实地察看文化艺术活动中心、老年活动",
    "中心等建设情况。",
    "　　通过学习观摩，各中心（所、站）之间学",
    " 1/6  “双争”进行时  / 搜索  ? 帮助   84%",
  ]

  @Test func theSectionListSpeaksChinese() {
    assertScreen(chinese([], size: wide), Self.chineseListWide)
    assertScreen(chinese([], size: narrow), Self.chineseListNarrow)
  }

  @Test func theArticleViewSpeaksChinese() {
    assertScreen(chinese([.enter], size: wide), Self.chineseArticleWide)
    assertScreen(chinese([.enter], size: narrow), Self.chineseArticleNarrow)
  }

  @Test func helpMessagesAndPromptAreChinese() {
    let help = text(chinese([.character("?")], size: wide))
    #expect(help[0] == " 读报 按键")
    #expect(help[1] == "任何时候")
    #expect(help.contains { $0.contains("下一栏（阅读时打开其第一篇）") })
    #expect(help.last?.hasPrefix(" 帮助  q 关闭") == true)
    #expect(text(chinese(typing("9"), size: wide)).last?.hasPrefix(" 1/6  没有第9栏") == true)
    #expect(text(chinese(typing("x"), size: wide)).last?.hasPrefix(" 1/6  未知按键 x，按 ? 看帮助") == true)
    let notFound = chinese([.character("/")] + typing("火星") + [.enter], size: wide)
    #expect(text(notFound).last?.hasPrefix(" 1/6  找不到：火星") == true)
    // No English word anywhere on a Chinese screen but the key names.
    for keys in [[], [.enter], [.character("?")]] as [[Key]] {
      for row in text(chinese(keys, size: wide)) {
        let words = row.split { !($0.isASCII && $0.isLetter) }.map(String.init)
        let keyNames: Set = [
          "Enter", "Space", "PgDn", "PgUp", "Home", "Ctrl", "Shift", "Tab", "End", "OSC",
        ]
        #expect(words.allSatisfy { $0.count <= 1 || keyNames.contains($0) }, "\(row)")
      }
    }
  }

  @Test func englishScreensUseNoChineseInterfaceWords() {
    let list = text(screen([], size: wide))
    #expect(list[2].hasSuffix("3 ¶"))
    #expect(!list.joined().contains("段"))
    #expect(text(screen([.enter], size: wide)).last?.hasPrefix(" 1/6  “双争”进行时  / search") == true)
  }
}
