import Foundation
import Testing
@testable import Pipeline

/// ``OrderedStream`` hands results to the consumer in index order, one at a time, with a bounded window.
@Suite("Ordered stream")
struct OrderedStreamTests {
    /// Counters shared by the workers and the consumer.
    final class Record: @unchecked Sendable {
        let lock = NSLock()
        var consumed: [Int] = []
        var inside = 0
        var overlaps = 0
        var furthestAhead = 0

        /// Notes that `body` started index `i`.
        func started(_ i: Int) {
            lock.lock(); defer { lock.unlock() }
            furthestAhead = max(furthestAhead, i - consumed.count)
        }
    }

    @Test("Results are consumed in order, never two at once, for any number of jobs",
          arguments: [(0, 2), (1, 2), (5, 2), (500, 1), (500, 2), (500, 3), (300, 8)])
    func inOrder(count: Int, jobs: Int) {
        let record = Record()
        OrderedStream.run(count, jobs: jobs, { (i: Int) -> Int in
            record.started(i)
            // Uneven work, so results finish out of order.
            if (i * 7919) % 13 == 0 { usleep(UInt32(200 + (i % 5) * 300)) }
            return i * 2
        }, consume: { value in
            record.lock.lock()
            record.inside += 1
            if record.inside > 1 { record.overlaps += 1 }
            record.lock.unlock()
            if value % 10 == 0 { usleep(100) }  // a slow consumer now and then
            record.lock.lock()
            record.consumed.append(value / 2)
            record.inside -= 1
            record.lock.unlock()
        })
        #expect(record.consumed == Array(0..<count))
        #expect(record.overlaps == 0)
        let workers = min(max(1, jobs), max(count, 1))
        #expect(record.furthestAhead <= workers * OrderedStream.windowPerJob + 4)
    }
}
