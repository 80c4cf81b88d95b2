// Sha256Hex, declared in reader.h: the contract's `sha256`, the hash of the raw bytes.
#include <openssl/evp.h>

#include "read/reader.h"

namespace ntmx {

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_length = 0;
  // An empty view may carry a null data(); give libcrypto a real pointer regardless.
  const void* data = bytes.empty() ? static_cast<const void*>("") : bytes.data();
  if (EVP_Digest(data, bytes.size(), digest, &digest_length, EVP_sha256(), nullptr) != 1) {
    return {};
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * digest_length);
  for (unsigned int i = 0; i < digest_length; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 0x0F]);
  }
  return hex;
}

}  // namespace ntmx
