/// An article's byline or dateline and what it names.
public struct Byline: Codable, Sendable, Equatable {
  /// The byline exactly as printed, e.g. `本报讯（记者祁洁 通讯员韩振兴）`.
  public var text: String
  /// Reporters (记者).
  public var reporters: [String]
  /// Correspondents (通讯员).
  public var correspondents: [String]
  /// Photographers (摄影, 摄, 图/).
  public var photographers: [String]
  /// Interns (实习生).
  public var interns: [String]
  /// Authors named without a role: a signed essay's `■ 涂刚鹏`, `作者：…`, `文/…`.
  public var authors: [String] = []
  /// The agency or paper that filed it (本报, 新华社), if printed.
  public var agency: String?
  /// Where it was filed (北京, 海口), if printed.
  public var place: String?
  /// When it was filed as printed (10月14日), if printed.
  public var date: String?

  /// Creates a byline.
  public init(
    text: String, reporters: [String] = [], correspondents: [String] = [],
    photographers: [String] = [], interns: [String] = [], agency: String? = nil,
    place: String? = nil, date: String? = nil
  ) {
    self.text = text
    self.reporters = reporters
    self.correspondents = correspondents
    self.photographers = photographers
    self.interns = interns
    self.agency = agency
    self.place = place
    self.date = date
  }

  /// Every person named, in the order authors, reporters, correspondents, photographers, interns.
  public var names: [String] { authors + reporters + correspondents + photographers + interns }
}
