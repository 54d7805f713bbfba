package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// disjointSets is a union-find with path halving and union by size.
type disjointSets struct {
	parent, size []int
	count        int
}

func newDisjointSets(n int) *disjointSets {
	s := &disjointSets{parent: make([]int, n), size: make([]int, n), count: n}
	for i := range s.parent {
		s.parent[i] = i
		s.size[i] = 1
	}
	return s
}

func (s *disjointSets) find(v int) int {
	for s.parent[v] != v {
		s.parent[v] = s.parent[s.parent[v]] // path halving
		v = s.parent[v]
	}
	return v
}

func (s *disjointSets) union(a, b int) {
	a, b = s.find(a), s.find(b)
	if a == b {
		return
	}
	if s.size[a] < s.size[b] {
		a, b = b, a
	}
	s.parent[b] = a // hang the smaller tree under the larger one
	s.size[a] += s.size[b]
	s.count--
}

func main() {
	scanner := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	scanner.Split(bufio.ScanWords)
	nextInt := func() int {
		scanner.Scan()
		value, _ := strconv.Atoi(scanner.Text())
		return value
	}
	n, m := nextInt(), nextInt()
	sets := newDisjointSets(n + 1)
	for i := 0; i < m; i++ {
		sets.union(nextInt(), nextInt())
	}
	fmt.Println(sets.count - 1) // vertex 0 is unused
}
