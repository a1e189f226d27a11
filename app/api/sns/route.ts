import { handleSnsRequest } from "@/lib/sns/handle-sns-request";

/** Amazon SNS deliveries (public: every message is verified by its signature, see lib/sns). */
export async function POST(request: Request): Promise<Response> {
  return handleSnsRequest(request);
}
