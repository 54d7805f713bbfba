package main

import (
	"bufio"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"fmt"
	"os"
	"strconv"
)

const iterations = 100

type account struct {
	salt []byte
	hash []byte
}

// derive is PBKDF2-HMAC-SHA256 with a single 32-byte output block (RFC 8018).
func derive(password string, salt []byte) []byte {
	mac := hmac.New(sha256.New, []byte(password))
	block := make([]byte, 4)
	binary.BigEndian.PutUint32(block, 1)
	mac.Write(salt)
	mac.Write(block)
	u := mac.Sum(nil)
	result := append([]byte(nil), u...)
	for i := 1; i < iterations; i++ {
		mac.Reset()
		mac.Write(u)
		u = mac.Sum(u[:0])
		for j := range result {
			result[j] ^= u[j]
		}
	}
	return result
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Split(bufio.ScanWords)
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(in.Text())
	store := make(map[string]account)
	created, refused, ok, denied := 0, 0, 0, 0
	for i := 0; i < n; i++ {
		in.Scan()
		action := in.Text()
		in.Scan()
		user := in.Text()
		in.Scan()
		password := in.Text()
		entry, exists := store[user]
		if action == "register" {
			if exists {
				refused++
				continue
			}
			salt := make([]byte, 16)
			if _, err := rand.Read(salt); err != nil {
				panic(err)
			}
			store[user] = account{salt, derive(password, salt)}
			created++
		} else if exists && subtle.ConstantTimeCompare(entry.hash, derive(password, entry.salt)) == 1 {
			ok++
		} else {
			denied++
		}
	}
	fmt.Println(created, refused, ok, denied)
}
