data = STDIN.read.split.map(&:to_i)
n, k = data[0], data[1]
readings = data[2, n]
prefix = [0]
readings.each { |value| prefix << prefix[-1] + value }
puts (0..(n - k)).map { |i| prefix[i + k] - prefix[i] }.max
