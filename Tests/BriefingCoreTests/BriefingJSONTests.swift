import BriefingCore
import Foundation
import Testing

/// The shared encoder writes snake_case keys and `@Nullable` fields as explicit nulls.
@Suite struct BriefingJSONTests {
    struct Row: Codable, Equatable {
        var sourceDoc: String
        @Nullable var duplicateOf: String?
        var note: String?
        var perDoc: [String: Int] = ["Doc/A.txt": 1]
    }

    @Test func keysAreSnakeCaseAndNullableFieldsAreNull() throws {
        let json = String(decoding: try BriefingJSON.encoder().encode(Row(sourceDoc: "a", duplicateOf: nil, note: nil)), as: UTF8.self)
        #expect(json == #"{"duplicate_of":null,"per_doc":{"Doc/A.txt":1},"source_doc":"a"}"#)
        let set = String(decoding: try BriefingJSON.encoder().encode(Row(sourceDoc: "a", duplicateOf: "b", note: "n")), as: UTF8.self)
        #expect(set == #"{"duplicate_of":"b","note":"n","per_doc":{"Doc/A.txt":1},"source_doc":"a"}"#)
    }

    @Test func nullableFieldsDecodeWhenNullOrMissing() throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let missing = try decoder.decode(Row.self, from: Data(#"{"source_doc":"a","per_doc":{}}"#.utf8))
        #expect(missing.duplicateOf == nil)
        let null = try decoder.decode(Row.self, from: Data(#"{"source_doc":"a","duplicate_of":null,"per_doc":{}}"#.utf8))
        #expect(null.duplicateOf == nil)
    }
}
