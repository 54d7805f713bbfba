package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// parser is a recursive-descent evaluator for + - * ( ) and unary minus over int64.
type parser struct {
	text string
	pos  int
}

func (p *parser) peek() byte {
	for p.pos < len(p.text) && (p.text[p.pos] == ' ' || p.text[p.pos] == '\r') {
		p.pos++
	}
	if p.pos < len(p.text) {
		return p.text[p.pos]
	}
	return 0
}

func (p *parser) expression() int64 {
	value := p.term()
	for op := p.peek(); op == '+' || op == '-'; op = p.peek() {
		p.pos++
		right := p.term()
		if op == '+' {
			value += right
		} else {
			value -= right
		}
	}
	return value
}

func (p *parser) term() int64 {
	value := p.factor()
	for p.peek() == '*' {
		p.pos++
		value *= p.factor()
	}
	return value
}

func (p *parser) factor() int64 {
	switch p.peek() {
	case '-':
		p.pos++
		return -p.factor()
	case '(':
		p.pos++
		value := p.expression()
		if p.peek() == ')' {
			p.pos++
		}
		return value
	}
	var value int64
	for p.pos < len(p.text) && p.text[p.pos] >= '0' && p.text[p.pos] <= '9' {
		value = value*10 + int64(p.text[p.pos]-'0')
		p.pos++
	}
	return value
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(strings.TrimSpace(in.Text()))
	for i := 0; i < n && in.Scan(); i++ {
		p := parser{text: in.Text()}
		fmt.Fprintln(out, p.expression())
	}
}
