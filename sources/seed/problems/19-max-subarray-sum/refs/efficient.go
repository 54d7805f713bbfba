package main

import (
	"fmt"
	"io"
	"os"
)

// intStream parses integers from a reader through a fixed 64 KiB buffer.
type intStream struct {
	in       io.Reader
	buffer   []byte
	position int
	length   int
}

func (s *intStream) byteAt() (byte, bool) {
	if s.position == s.length {
		n, _ := s.in.Read(s.buffer)
		if n <= 0 {
			return 0, false
		}
		s.position, s.length = 0, n
	}
	c := s.buffer[s.position]
	s.position++
	return c, true
}

// next returns the next integer; ok is false at end of input.
func (s *intStream) next() (value int64, ok bool) {
	c, more := s.byteAt()
	for more && c != '-' && (c < '0' || c > '9') {
		c, more = s.byteAt()
	}
	if !more {
		return 0, false
	}
	negative := c == '-'
	if negative {
		c, more = s.byteAt()
	}
	for more && c >= '0' && c <= '9' {
		value = value*10 + int64(c-'0')
		c, more = s.byteAt()
	}
	if negative {
		value = -value
	}
	return value, true
}

func main() {
	stream := &intStream{in: os.Stdin, buffer: make([]byte, 1<<16)}
	n, _ := stream.next()
	// Kadane's scan: the best run ending here either extends the previous one or starts afresh.
	var best, endingHere int64
	for i := int64(0); i < n; i++ {
		value, ok := stream.next()
		if !ok {
			break
		}
		if endingHere+value > value {
			endingHere += value
		} else {
			endingHere = value
		}
		if i == 0 || endingHere > best {
			best = endingHere
		}
	}
	fmt.Println(best)
}
