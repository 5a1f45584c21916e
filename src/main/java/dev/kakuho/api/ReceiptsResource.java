package dev.kakuho.api;

import dev.kakuho.records.RecordStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public key receipts are signed with: anyone may fetch it to verify a receipt offline. */
@Path("/api/v1/receipts")
public class ReceiptsResource {

    @Inject
    RecordStore records;

    @GET
    @Path("key")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The receipts' public key as a JWK", description = "RFC 8037: kty OKP, crv Ed25519, x the key; kid its "
            + "RFC 7638 thumbprint, which receipts name as keyId.")
    public Map<String, String> key() {
        enabled();
        return records.signer().jwk();
    }

    @GET
    @Path("key.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "The receipts' public key as PEM", description = "For openssl pkeyutl -verify -pubin -inkey key.pem.")
    public String pem() {
        enabled();
        return records.signer().publicPem();
    }

    private void enabled() {
        if (!records.enabled()) {
            throw new WebApplicationException(Problem.of("records-disabled", "Records are switched off", 404,
                    "This deployment stores no evaluation records, and signs no receipts (records.enabled=false).", null).response());
        }
    }
}
