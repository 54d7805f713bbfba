package main

import (
	"fmt"
	"io"
	"os"
)

// byteStream hands out stdin byte by byte through a fixed 64 KiB buffer.
type byteStream struct {
	in               io.Reader
	buffer           []byte
	position, length int
}

func (s *byteStream) ReadByte() (byte, error) {
	if s.position == s.length {
		n, err := s.in.Read(s.buffer)
		if n <= 0 {
			if err == nil {
				err = io.EOF
			}
			return 0, err
		}
		s.position, s.length = 0, n
	}
	c := s.buffer[s.position]
	s.position++
	return c, nil
}

// Streams stdin byte by byte, matching every string against the first one:
// only the first string and the current common length are kept.
func main() {
	reader := &byteStream{in: os.Stdin, buffer: make([]byte, 1<<16)}
	n := 0
	for {
		c, err := reader.ReadByte()
		if err != nil || c == '\n' {
			break
		}
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
		}
	}
	first := []byte{}
	for {
		c, err := reader.ReadByte()
		if err != nil || c == '\n' {
			break
		}
		if c != '\r' {
			first = append(first, c)
		}
	}
	common := len(first)
	for line := 1; line < n; line++ {
		matched, matching := 0, true
		for {
			c, err := reader.ReadByte()
			if err != nil || c == '\n' {
				break
			}
			if c == '\r' {
				continue
			}
			if matching && matched < common && c == first[matched] {
				matched++
			} else {
				matching = false
			}
		}
		if matched < common {
			common = matched
		}
	}
	fmt.Println(common)
}
