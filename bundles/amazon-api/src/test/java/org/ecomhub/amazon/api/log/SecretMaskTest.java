package org.ecomhub.amazon.api.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

// covers LOG-04, SEC-01: token-shaped strings are masked before anything is stored or printed
class SecretMaskTest {

    private static final String REFRESH_TOKEN = "Atzr|IwEBIJ3rLm0xVqg9kq7ZP2h8cQwErTyUiOpAsDfGhJkL-ZxCvBnM_12345abcdEFGH";
    private static final String ACCESS_TOKEN = "Atza|IwEBIHg3Tj5kWq0pZ8fQ2vN7rLm4xYcBn1aS9dE6uI3oP0lK";
    private static final String CLIENT_SECRET =
            "amzn1.oa2-cs.v1.3f8a9c2b7d1e4f60a5b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4";

    @ParameterizedTest(name = "{0}")
    @DisplayName("LOG-04: every secret shape is masked and the secret is gone")
    @CsvSource(delimiter = '~', textBlock = """
            refresh token alone ~ token refused: Atzr|IwEBIJ3rLm0xVqg9kq7ZP2h8cQ ~ Atzr|IwEBIJ3rLm0xVqg9kq7ZP2h8cQ
            access token in a header ~ x-amz-access-token: Atza|IwEBIHg3Tj5kWq0pZ8fQ2v ~ IwEBIHg3Tj5kWq0pZ8fQ2v
            client secret ~ secret was amzn1.oa2-cs.v1.3f8a9c2b7d1e4f60a5b8c9d0e1f2a3b4 ~ 3f8a9c2b7d1e4f60a5b8c9d0e1f2a3b4
            client_secret form field ~ grant_type=refresh_token&client_secret=hunter2xyz&client_id=abc ~ hunter2xyz
            refresh_token form field ~ refresh_token=plainvalue42&x=1 ~ plainvalue42
            password pair ~ db password = s3cr3t! ~ s3cr3t!
            JSON refresh token ~ {"refresh_token": "Q2hlY2tUaGlzVmFsdWVJc0xvbmc"} ~ Q2hlY2tUaGlzVmFsdWVJc0xvbmc
            JSON client secret ~ {"client_secret":"zzTopSecretValue0987654321"} ~ zzTopSecretValue0987654321
            bearer header ~ Authorization: Bearer abc.def-123_XYZ ~ abc.def-123_XYZ
            OAuth code in a callback ~ /oauth?state=s1&spapi_oauth_code=ANDPxyzCode123&selling_partner_id=A1 ~ ANDPxyzCode123
            authorization code grant ~ POST body grant_type=authorization_code&code=RHxyzCODE77 ~ RHxyzCODE77
            JWT ~ id eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk ~ eyJzdWIiOiIxMjM0In0
            long hex key ~ key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ~ 9f86d081884c7d659a2feaa0c55ad015
            base64 AES key ~ key file holds q3T6w9z$C&F)J@NcRfUjXn2r5u8x/A?D but also Zk9sZGVyS2V5MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u ~ Zk9sZGVyS2V5MTIzNDU2Nzg5MGFi
            credentials in a URL ~ jdbc via https://admin:pa55word@db.example.org/x ~ pa55word
            AWS access key id ~ signed with AKIAIOSFODNN7EXAMPLE today ~ AKIAIOSFODNN7EXAMPLE
            presigned URL ~ https://tortuga.s3.amazonaws.com/doc?X-Amz-Credential=AKIAX/20261127&X-Amz-Security-Token=FwoGZXIvYXdzEJr ~ FwoGZXIvYXdzEJr
            buyer e-mail ~ mail from jane.doe+shop@marketplace.amazon.de bounced ~ jane.doe
            """)
    void masksEverySecretShape(String shape, String text, String secret) {
        String masked = SecretMask.mask(text);

        assertFalse(masked.contains(secret), () -> shape + ": secret still visible in " + masked);
        assertTrue(masked.contains(SecretMask.MASK), () -> shape + ": no mask in " + masked);
    }

    @Test
    @DisplayName("LOG-04: whole LWA tokens and client secrets disappear, their kind stays readable")
    void keepsTheKindOfTokenButNotItsValue() {
        assertEquals("refresh token Atzr|*** rejected", SecretMask.mask("refresh token " + REFRESH_TOKEN + " rejected"));
        assertEquals("Atza|***", SecretMask.mask(ACCESS_TOKEN));
        assertEquals("amzn1.oa2-cs.v1.***", SecretMask.mask(CLIENT_SECRET));
        assertEquals("-> ***", SecretMask.mask("-> -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----"));
    }

    @ParameterizedTest
    @DisplayName("LOG-01: ordinary ids, SKUs, paths and prose are left alone")
    @ValueSource(strings = {
            "Imported order 114-3941689-8772232 as SO-10023",
            "SKU MY-SKU-RED-XL-2024 has no host product (ASIN B07XJ8C8F5)",
            "PUT /listings/2021-08-01/items/A2EUQ1WTGCTBG2/MY-SKU-1?marketplaceIds=A1PA6795UKMFR9",
            "Feed 50038017998 done: 3 messages accepted",
            "Refresh token: expired, authorise again",
            "settings change: store.limit=6 by admin (shell)",
            "Price $12.50 and path C:\\data\\x"})
    void leavesOrdinaryTextAlone(String text) {
        assertEquals(text, SecretMask.mask(text));
    }

    @Test
    void maskingTwiceChangesNothing() {
        String once = SecretMask.mask("refresh_token=" + REFRESH_TOKEN + " Bearer " + ACCESS_TOKEN
                + " client_secret: " + CLIENT_SECRET + " buyer a@b.com");
        assertEquals(once, SecretMask.mask(once));
        assertNull(SecretMask.mask(null));
    }
}
