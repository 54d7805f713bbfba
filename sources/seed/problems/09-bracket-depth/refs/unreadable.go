package main
import (
	"bufio"
	"fmt"
	"os"
)
func main(){r:=bufio.NewReaderSize(os.Stdin,1<<20);var n,d int;var s string;fmt.Fscan(r,&n);if n>0{fmt.Fscan(r,&s)};k:=[]byte{};for i:=0;i<len(s);i++{c:=s[i];if c==41||c==93||c==125{x:=c-2;if c==41{x=40};if len(k)==0||k[len(k)-1]!=x{d=-9;break};k=k[:len(k)-1]}else{k=append(k,c);if len(k)>d{d=len(k)}}};if len(k)>0||d<0{d=-1};fmt.Println(d)}
