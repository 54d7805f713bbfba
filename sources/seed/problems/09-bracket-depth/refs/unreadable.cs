using System;
class Program{static void Main(){Console.ReadLine();var s=(Console.ReadLine()??"").Trim();var k=new char[s.Length+1];int z=0,d=0;foreach(char c in s){if(c==41||c==93||c==125){if(z==0||k[--z]!=(c==41?40:c-2)){d=-9;break;}}else{k[z++]=c;if(z>d)d=z;}}Console.WriteLine(z>0||d<0?-1:d);}}
