import Foundation
import Testing
@testable import BriefingCore

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("day numbers count from 1970-01-01, before it too", arguments: [
        (CalendarDate(year: 1970, month: 1, day: 1), 0),
        (CalendarDate(year: 2025, month: 8, day: 19), 20319),
        (CalendarDate(year: 1969, month: 12, day: 31), -1),
        (CalendarDate(year: 2000, month: 2, day: 29), 11016),
        (CalendarDate(year: 1600, month: 3, day: 1), -135080),
    ])
    func dayNumbers(_ date: CalendarDate, _ number: Int) {
        #expect(date.dayNumber == number)
        #expect(CalendarDate(dayNumber: number) == date)
    }

    @Test("ISO weekdays: Monday is 1, Sunday is 7")
    func weekdays() {
        #expect(CalendarDate(year: 2025, month: 8, day: 19).weekday == 2)
        #expect(CalendarDate(year: 2025, month: 8, day: 18).weekday == 1)
        #expect(CalendarDate(year: 2025, month: 8, day: 24).weekday == 7)
        #expect(CalendarDate(year: 1969, month: 12, day: 31).weekday == 3)
        #expect(CalendarDate(year: 1600, month: 3, day: 1).weekday == 3)
    }

    @Test("ISO weeks, including weeks that belong to the neighbouring year", arguments: [
        (CalendarDate(year: 2025, month: 8, day: 19), 2025, 34),
        (CalendarDate(year: 2024, month: 12, day: 30), 2025, 1),
        (CalendarDate(year: 2021, month: 1, day: 3), 2020, 53),
        (CalendarDate(year: 2027, month: 1, day: 1), 2026, 53),
        (CalendarDate(year: 2026, month: 12, day: 31), 2026, 53),
        (CalendarDate(year: 2000, month: 2, day: 29), 2000, 9),
    ])
    func isoWeeks(_ date: CalendarDate, _ year: Int, _ week: Int) {
        #expect(date.isoWeek == (year, week))
    }

    @Test("adding days crosses months, years and leap days")
    func adding() {
        let dct = CalendarDate(year: 2025, month: 8, day: 19)
        #expect(dct.adding(days: -1) == CalendarDate(year: 2025, month: 8, day: 18))
        #expect(dct.adding(days: 14) == CalendarDate(year: 2025, month: 9, day: 2))
        #expect(dct.adding(days: -231) == CalendarDate(year: 2024, month: 12, day: 31))
        #expect(CalendarDate(year: 2024, month: 2, day: 28).adding(days: 1) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(year: 2023, month: 2, day: 28).adding(days: 1) == CalendarDate(year: 2023, month: 3, day: 1))
    }

    @Test("ISO parsing accepts dates and date-times, rejects the rest")
    func parsing() {
        #expect(CalendarDate(iso: "2025-08-19") == CalendarDate(year: 2025, month: 8, day: 19))
        #expect(CalendarDate(iso: " 2025-08-19T10:00:00Z") == CalendarDate(year: 2025, month: 8, day: 19))
        #expect(CalendarDate(iso: "2000-02-29") != nil)
        for bad in ["", "19 August 2025", "2025/08/19", "2025-13-01", "2025-02-30", "1900-02-29", "25-08-19", "yesterday"] {
            #expect(CalendarDate(iso: bad) == nil, "\(bad)")
        }
    }

    @Test("validity and month lengths")
    func validity() {
        #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CalendarDate.daysIn(month: 2, year: 1900) == 28)
        #expect(CalendarDate.daysIn(month: 2, year: 2000) == 29)
        #expect(CalendarDate.daysIn(month: 4, year: 2025) == 30)
        #expect(!CalendarDate(year: 2025, month: 4, day: 31).isValid)
        #expect(!CalendarDate(year: 2025, month: 0, day: 1).isValid)
    }

    @Test("order, text form and JSON")
    func orderAndCoding() throws {
        let a = CalendarDate(year: 2025, month: 8, day: 18)
        let b = CalendarDate(year: 2025, month: 8, day: 19)
        #expect(a < b)
        #expect([b, a].sorted() == [a, b])
        #expect(CalendarDate(year: 33, month: 1, day: 5).description == "0033-01-05")
        let data = try JSONEncoder().encode([b])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2025-08-19\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [b])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"soon\"]".utf8)) }
    }
}
